# generated case: rule=PY-NOSQLI source=djpost propagation=direct sink=v1 expected=true
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.POST["p"]
    bar = param
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
