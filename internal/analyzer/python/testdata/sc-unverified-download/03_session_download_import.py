# IN-2: module source downloaded with a session, written out and imported
import importlib.util

import requests


def load_remote_module(name, url):
    s = requests.Session()
    s.proxies = {"https": "http://proxy.internal:3128"}
    body = s.get(url, timeout=5).text
    path = f"/tmp/{name}.py"
    with open(path, "w") as fh:
        fh.write(body)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # want: SC-UNVERIFIED-DOWNLOAD
    return mod
