# generated case (gen8): category=codeinj rule=PY-CODE-INJECTION fw=django shape=getattr_builtins_eval expected=true
import builtins
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_getattr_builtins_eval(request):
    param = request.COOKIES.get("q", "")
    fn = getattr(builtins, "eval")
    result = fn("(" + param + ")")  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("codeinj_getattr_builtins_eval/", case_getattr_builtins_eval),
]
