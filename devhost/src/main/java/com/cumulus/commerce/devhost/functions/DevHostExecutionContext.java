package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.RetryContext;
import com.microsoft.azure.functions.RpcException;
import com.microsoft.azure.functions.TraceContext;
import java.util.logging.Logger;

/** The context of one invocation. */
record DevHostExecutionContext(String invocationId, String functionName, Logger logger, TraceContext traceContext,
        int retryCount, int maxRetryCount) implements ExecutionContext, RetryContext {

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public TraceContext getTraceContext() {
        return traceContext;
    }

    @Override
    public RetryContext getRetryContext() {
        return this;
    }

    @Override
    public int getRetrycount() {
        return retryCount;
    }

    @Override
    public int getMaxretrycount() {
        return maxRetryCount;
    }

    @Override
    public RpcException getException() {
        return null;
    }
}
