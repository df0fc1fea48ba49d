# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=django shape=literal_eval_only expected=false
import ast
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_literal_eval_only(request):
    param = request.GET.get("q", "")
    try:
        value = ast.literal_eval(param)
    except (ValueError, SyntaxError):
        value = None
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("codeinj_literal_eval_only/", case_literal_eval_only),
]
