# gen2_methodview: Flask MethodViews in views.py, registered in app.py, sinks in actions.py
