# generated case: rule=PY-CMDI source=faquery propagation=b64roundtrip sink=v0 expected=true
import base64
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
