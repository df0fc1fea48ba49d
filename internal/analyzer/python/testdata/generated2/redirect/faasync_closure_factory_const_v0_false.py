# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=closure_factory_const sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def make_getter(value):
    def getter():
        return "safe"
    return getter


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = make_getter(param)()
    return RedirectResponse(bar)
