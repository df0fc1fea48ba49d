# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=headerparam propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00531")
def benchmark_test_00531(request: Request, referer: str = Header("")):
    param = referer
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
