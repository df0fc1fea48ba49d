# generated case: rule=PY-CMDI source=fapath propagation=unquote sink=v1 expected=true
import os
import urllib.parse

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    bar = urllib.parse.unquote(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
