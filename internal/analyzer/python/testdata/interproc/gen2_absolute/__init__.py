# gen2_absolute: absolute module imports (import pkg.mod as alias) and module attribute calls
