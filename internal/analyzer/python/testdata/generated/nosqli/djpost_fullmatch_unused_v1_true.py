# generated case: rule=PY-NOSQLI source=djpost propagation=fullmatch_unused sink=v1 expected=true
import json
import re

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.POST["p"]
    bar = param
    valid = re.fullmatch(r"[a-z0-9]+", bar)
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
