# gen2_decorated: views wrapped with a functools.wraps decorator defined in another module
