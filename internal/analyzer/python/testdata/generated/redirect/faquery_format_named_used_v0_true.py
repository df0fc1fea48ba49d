# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=format_named_used sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = "{b}".format(a="safe", b=param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
