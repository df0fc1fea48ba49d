# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=method_ident sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = Thing().do_something(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
