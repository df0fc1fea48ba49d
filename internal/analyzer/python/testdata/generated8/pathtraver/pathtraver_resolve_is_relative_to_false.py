# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=resolve_is_relative_to expected=false
import pathlib
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = pathlib.Path("/srv/app/files").resolve()


def case_resolve_is_relative_to(request):
    param = request.META.get("HTTP_X_Q", "")
    target = (BASE / param).resolve()
    if not target.is_relative_to(BASE):
        return JsonResponse({"result": str("denied")})
    data = target.read_text()
    return JsonResponse({"result": str(len(data))})


urlpatterns = [
    path("pathtraver_resolve_is_relative_to/", case_resolve_is_relative_to),
]
