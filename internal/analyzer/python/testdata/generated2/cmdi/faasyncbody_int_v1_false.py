# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=int sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = str(int(param))
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
