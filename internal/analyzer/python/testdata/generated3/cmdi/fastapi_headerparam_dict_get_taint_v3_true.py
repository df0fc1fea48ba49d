# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam propagation=dict_get_taint sink=v3 expected=true
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00095")
def benchmark_test_00095(request: Request, referer: str = Header("")):
    param = referer
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
