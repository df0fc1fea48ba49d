# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=headerparam shape=extend_negative_taint sink=v2 expected=true
from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/case-00046")
async def case_00046(request: Request, x_query: str = Header("")):
    param = x_query
    vals = ["a"]
    vals.extend([param, "b"])
    bar = vals[-2]
    return HTMLResponse(f"<p>Results for {bar}</p>")  # want: PY-XSS
