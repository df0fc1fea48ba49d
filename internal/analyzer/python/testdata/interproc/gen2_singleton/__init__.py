# gen2_singleton: a module-level store instance used by async views
