# generated case: rule=PY-CMDI source=fapath propagation=percent_dict_used sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    bar = "%(b)s" % {"a": "safe", "b": param}
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
