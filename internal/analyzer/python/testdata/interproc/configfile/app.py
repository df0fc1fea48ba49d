# py-weak-hash: the algorithm comes from a configuration file of the project, read by a constant path
import configparser
import hashlib

from flask import Flask, request

app = Flask(__name__)

settings = configparser.ConfigParser()
settings.read("config/crypto.ini")


@app.route("/legacy")
def legacy_digest():
    cp = configparser.ConfigParser()
    cp.read("config/crypto.ini")
    algo = cp.get("digest", "legacy")
    return hashlib.new(algo, request.args["v"].encode()).hexdigest()  # want: PY-WEAK-HASH


@app.route("/current")
def current_digest():
    cp = configparser.ConfigParser()
    cp.read("./config/crypto.ini")
    algo = cp.get("digest", "current", fallback="md5")
    return hashlib.new(algo, request.args["v"].encode()).hexdigest()  # safe: PY-WEAK-HASH


@app.route("/missing")
def missing_file():
    cp = configparser.ConfigParser()
    cp.read("config/other.ini")
    algo = cp.get("digest", "legacy")
    return hashlib.new(algo, request.args["v"].encode()).hexdigest()  # safe: PY-WEAK-HASH (not known)


@app.route("/module-level")
def module_settings():
    return hashlib.new(settings["digest"]["legacy"], request.args["v"].encode()).hexdigest()  # want: PY-WEAK-HASH


@app.route("/fallback")
def fallback_used():
    cp = configparser.ConfigParser()
    cp.read("config/crypto.ini")
    algo = cp.get("digest", "archive", fallback="sha1")
    return hashlib.new(algo, request.args["v"].encode()).hexdigest()  # want: PY-WEAK-HASH
