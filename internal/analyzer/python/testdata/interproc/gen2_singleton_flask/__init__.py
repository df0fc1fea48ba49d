# gen2_singleton_flask: a module-level store instance used by a sync Flask view
