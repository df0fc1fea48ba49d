# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=setattr_other sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Box:
    pass


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    box = Box()
    setattr(box, "field", param)
    box.other = "safe"
    bar = box.other
    return HTMLResponse("<p>Hello " + bar + "</p>")
