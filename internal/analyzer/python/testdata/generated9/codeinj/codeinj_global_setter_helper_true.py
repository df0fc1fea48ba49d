# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=django shape=global_setter_helper expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

CURRENT_EXPR = "0"


def set_expr(value):
    global CURRENT_EXPR
    CURRENT_EXPR = value


def case_global_setter_helper(request):
    param = request.META.get("HTTP_X_Q", "")
    set_expr(param)
    value = eval(CURRENT_EXPR)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("codeinj_global_setter_helper/", case_global_setter_helper),
]
