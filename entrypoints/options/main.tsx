import { OptionsApp } from '../../components/settings/OptionsApp';
import { mountApp } from '../../components/shared/mount';

mountApp(OptionsApp);
