package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.OutputBinding;

/** The {@link OutputBinding} handed to a function; read after it returns. */
final class OutputHolder<T> implements OutputBinding<T> {

    private T value;

    @Override
    public T getValue() {
        return value;
    }

    @Override
    public void setValue(T value) {
        this.value = value;
    }
}
