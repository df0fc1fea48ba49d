# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=fastapi shape=where_const_after_overwrite expected=false
from pymongo import MongoClient
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

db = MongoClient("mongodb://localhost:27017")["shop"]


@app.api_route("/nosqli_where_const_after_overwrite", methods=["GET", "POST"])
def case_where_const_after_overwrite(request: Request, q: str = ""):
    param = q
    expr = "this.owner == '" + param + "'"
    expr = "this.public == true"
    docs = list(db.notes.find({"$where": expr}))
    return {"result": str(len(docs))}
