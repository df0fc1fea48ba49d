# generated case: rule=PY-CMDI source=faquery propagation=encode_decode sink=v0 expected=true
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    bar = param.encode("utf-8").decode("utf-8")
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
