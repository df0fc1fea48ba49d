# gen2_factory: a factory function returns the object whose methods hold the sinks
