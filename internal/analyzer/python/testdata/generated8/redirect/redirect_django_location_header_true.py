# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=django_location_header expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_location_header(request):
    param = request.COOKIES.get("q", "")
    resp = HttpResponse(status=302)
    resp["Location"] = param  # want: PY-OPEN-REDIRECT
    return resp


urlpatterns = [
    path("redirect_django_location_header/", case_django_location_header),
]
