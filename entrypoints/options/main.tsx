import { catalogs } from '../../lib/i18n/catalog';
import { OptionsApp } from '../../components/settings/OptionsApp';
import { mountApp } from '../../components/shared/mount';

mountApp(OptionsApp, catalogs);
