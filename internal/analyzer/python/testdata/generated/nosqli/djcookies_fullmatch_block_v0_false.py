# generated case: rule=PY-NOSQLI source=djcookies propagation=fullmatch_block sink=v0 expected=false
import re

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.COOKIES.get("p", "")
    bar = param
    result = None
    if re.fullmatch(r"[a-z0-9]+", bar):
        docs = list(db.users.find({"$where": "this.age > " + bar}))
        result = len(docs)
    return JsonResponse({"result": result})
