# gen2_sanitizers: sanitizers in validators.py, sinks in views.py
