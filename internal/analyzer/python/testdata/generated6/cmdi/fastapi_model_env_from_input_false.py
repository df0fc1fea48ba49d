# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=model shape=env_from_input sink=specific expected=false
import os
import subprocess

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00333")
def benchmark_test_00333(request: Request, item: Item):
    param = item.name
    bar = param
    proc = subprocess.run(["printenv", "SEARCH_TERM"], env=dict(os.environ, SEARCH_TERM=bar), capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
