# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=eval_json_dumps_literal expected=false
import json
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_eval_json_dumps_literal(request):
    param = request.META.get("HTTP_X_Q", "")
    value = eval(json.dumps(param) + ".strip()")
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("codeinj_eval_json_dumps_literal/", case_eval_json_dumps_literal),
]
