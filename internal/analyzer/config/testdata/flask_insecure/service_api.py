from flask import Flask
from flask_cors import CORS

api = Flask("api")  # want: CFG-PY-SESSION-COOKIE-INSECURE
CORS(api, supports_credentials=True)  # want: CFG-PY-CORS-ALLOW-ALL
