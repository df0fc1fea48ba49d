# generated case (gen9): category=xxe rule=PY-XXE fw=fastapi shape=xmltodict_parse expected=false
import xmltodict
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xxe_xmltodict_parse", methods=["GET", "POST"])
def case_xmltodict_parse(request: Request, q: str = Form("")):
    param = q
    data = xmltodict.parse(param)
    return {"result": str(list(data))}
