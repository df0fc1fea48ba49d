# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/00298")
def benchmark_test_00298(request: Request, referer: str = Header("")):
    param = referer
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return RedirectResponse(bar)
