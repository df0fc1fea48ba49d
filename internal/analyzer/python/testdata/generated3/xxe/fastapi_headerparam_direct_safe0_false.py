# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=headerparam propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00400")
def benchmark_test_00400(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return {"result": str(result)}
