# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam propagation=match_const_safe (helper class) sink=v0 expected=false
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

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


@app.get("/00337")
def benchmark_test_00337(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
