# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=headerparam propagation=match_const_safe (helper class) sink=v1 expected=false
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.get("/00588")
def benchmark_test_00588(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
