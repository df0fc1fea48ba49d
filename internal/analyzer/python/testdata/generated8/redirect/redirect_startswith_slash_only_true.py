# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=startswith_slash_only expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_startswith_slash_only(request):
    param = request.COOKIES.get("q", "")
    if not param.startswith("/"):
        param = "/"
    return HttpResponseRedirect(param)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect_startswith_slash_only/", case_startswith_slash_only),
]
