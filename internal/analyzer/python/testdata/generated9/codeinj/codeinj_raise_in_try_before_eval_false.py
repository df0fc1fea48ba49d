# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=django shape=raise_in_try_before_eval expected=false
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_raise_in_try_before_eval(request):
    param = request.GET.get("q", "")
    try:
        raise RuntimeError("dynamic expressions disabled")
        value = eval(param)
    except RuntimeError:
        value = None
    return JsonResponse({"result": str(value)})


urlpatterns = [
    path("codeinj_raise_in_try_before_eval/", case_raise_in_try_before_eval),
]
