# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam propagation=join_builder (helper class) sink=v0 expected=true
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00323")
def benchmark_test_00323(request: Request, referer: str = Header("")):
    param = referer
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
