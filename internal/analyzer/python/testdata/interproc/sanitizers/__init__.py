# interproc/sanitizers: package marker; sanitizers live in a separate module from the sinks
