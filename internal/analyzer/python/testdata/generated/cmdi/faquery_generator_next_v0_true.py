# generated case: rule=PY-CMDI source=faquery propagation=generator_next sink=v0 expected=true
import subprocess

from fastapi import FastAPI

app = FastAPI()


def gen(value):
    yield value


@app.get("/cmdi")
def handle_cmdi(p: str = ""):
    param = p
    bar = next(gen(param))
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
