# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=unquote_target expected=true
import urllib.parse
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_unquote_target(request):
    param = request.GET.get("q", "")
    return HttpResponseRedirect(urllib.parse.unquote(param))  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect_unquote_target/", case_unquote_target),
]
