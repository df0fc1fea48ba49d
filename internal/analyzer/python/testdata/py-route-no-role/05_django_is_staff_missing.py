# AC-2: Django admin-area views use @user_passes_test(is_staff); the user impersonation view checks login only
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required, user_passes_test
from django.http import JsonResponse
from django.shortcuts import get_object_or_404


def is_staff(u):
    return u.is_active and u.is_staff


@user_passes_test(is_staff)
def admin_dashboard(request):
    return JsonResponse({"users": get_user_model().objects.count()})


@user_passes_test(is_staff)
def admin_deactivate_user(request, pk):
    get_user_model().objects.filter(pk=pk).update(is_active=False)
    return JsonResponse({"ok": True})


@login_required
def admin_impersonate(request, pk):  # want: PY-ROUTE-NO-ROLE
    target = get_object_or_404(get_user_model(), pk=pk)
    login(request, target)
    return JsonResponse({"now": target.username})
