# gen2_factory_quoted_only: factory-made runner, only the quoting method is reached with request data
