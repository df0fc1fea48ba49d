DEBUG = True
SECRET_KEY = "local"
