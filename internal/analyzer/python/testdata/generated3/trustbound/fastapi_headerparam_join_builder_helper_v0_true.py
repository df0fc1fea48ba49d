# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=headerparam propagation=join_builder (helper class) sink=v0 expected=true
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00562")
def benchmark_test_00562(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
